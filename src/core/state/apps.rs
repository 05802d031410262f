//! Applications: `lineInitialize(Ex)`, `phoneInitialize(Ex)`, `lineShutdown` and
//! `phoneShutdown`, and the leak check over the
//! call handles they hold.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{AppRec, ControlLock, Opens};
use crate::core::app::{App, Delivery};
use crate::core::handles::{Kind, Object, Retired};
use crate::core::observer::{HeldCall, LeakCheck};
use crate::core::Result;
use tapi32_defs::LineError;

impl ControlLock<'_> {
    pub(in crate::core) fn add_app(
        &mut self,
        name: String,
        phone: bool,
        delivery: Delivery,
    ) -> Result<(u32, Arc<App>)> {
        let observer = self.core.observer;
        let (happ, obj) = self
            .core
            .table
            .insert(|h| Object::App(Arc::new(App::new(h, name, phone, delivery, observer))))
            .ok_or(LineError::NOMEM)?;
        let Object::App(app) = obj else {
            unreachable!()
        };
        self.st.apps.insert(
            happ,
            AppRec {
                app: Arc::clone(&app),
                lines: Opens::default(),
                phones: Vec::new(),
            },
        );
        self.core.live_count(phone).fetch_add(1, Ordering::AcqRel);
        Ok((happ, app))
    }

    pub(in crate::core) fn remove_app(&mut self, happ: u32, phone: bool) -> Result<Arc<App>> {
        let live = self.core.table.is_live(happ, Kind::App);
        match self.st.apps.get(&happ) {
            Some(rec) if live && rec.app.phone == phone => {}
            _ if phone => return Err(LineError::INVALAPPHANDLE),
            _ => return Err(self.core.invalid(happ, Kind::App)),
        }
        if let Some(o) = self.core.observer {
            for held in self.held_call_handles(Some(happ)) {
                o.call_handle_held(&held, LeakCheck::Shutdown);
            }
        }
        let lines = self.st.apps[&happ].lines.to_vec();
        for hline in lines {
            self.retire_line(hline, Retired::AppShutdown);
        }
        for hphone in self.st.apps[&happ].phones.clone() {
            self.retire_phone(hphone, Retired::AppShutdown);
        }
        self.core
            .table
            .remove(happ, Kind::App, Retired::AppShutdown);
        let rec = self.st.apps.remove(&happ).expect("checked above");
        rec.app.close();
        self.core.live_count(phone).fetch_sub(1, Ordering::AcqRel);
        Ok(rec.app)
    }

    /// The call handles `happ` (or every application) holds, for a leak check.
    pub(in crate::core) fn held_call_handles(&self, happ: Option<u32>) -> Vec<HeldCall> {
        let mut leaks = Vec::new();
        for (&a, rec) in self
            .st
            .apps
            .iter()
            .filter(|(&a, _)| happ.is_none_or(|h| h == a))
        {
            for hline in &rec.lines {
                let Some(line) = self.st.lines.get(hline) else {
                    continue;
                };
                for &hcall in &line.calls {
                    if let Some(Object::Call(c)) = self.core.table.get(hcall, Kind::Call) {
                        leaks.push(HeldCall {
                            hcall,
                            call_id: c.call_id,
                            device: c.data.device,
                            state: c.data.state(),
                            app: self.st.apps[&a].app.name.clone(),
                        });
                    }
                }
            }
        }
        leaks.sort_by_key(|l| l.hcall);
        leaks
    }
}
