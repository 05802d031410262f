//! What a forked child keeps of the parent's bookkeeping: nothing live.

use std::collections::HashSet;

use super::{ControlLock, ReqKind};
use crate::core::handles::{Kind, Object, Retired};

impl ControlLock<'_> {
    /// In a forked child: retires every handle the parent's applications held (as
    /// `lineShutdown` and `phoneShutdown` would: lines, phones, calls) and every `dwCallID`, and forgets their records. The
    /// applications' queues and threads are not touched (a thread the child does not
    /// have may have left a queue locked): their objects are leaked.
    pub(in crate::core) fn forget_parent(&mut self) {
        let table = &self.core.table;
        let mut calls = HashSet::new();
        for rec in self.st.lines.values() {
            for &hcall in &rec.calls {
                if let Some(Object::Call(h)) = table.get(hcall, Kind::Call) {
                    calls.insert(h.call_id);
                }
            }
        }
        for (_, req) in self.st.requests.drain() {
            if let ReqKind::MakeCall { call, .. } = req.kind {
                calls.insert(call);
            }
        }
        for call in calls {
            for h in self
                .st
                .calls
                .remove(&call)
                .into_iter()
                .flat_map(|c| c.handles)
            {
                table.remove(h.handle.hcall, Kind::Call, Retired::AppShutdown);
            }
        }
        for (hphone, _) in self.st.phones.drain() {
            table.remove(hphone, Kind::Phone, Retired::AppShutdown);
        }
        self.st.phone_opens.iter_mut().for_each(Vec::clear);
        for (hline, _) in self.st.lines.drain() {
            table.remove(hline, Kind::Line, Retired::AppShutdown);
        }
        let mut apps = Vec::with_capacity(self.st.apps.len());
        for (happ, rec) in self.st.apps.drain() {
            table.remove(happ, Kind::App, Retired::AppShutdown);
            rec.app.left_in_parent();
            apps.push(rec.app);
        }
        std::mem::forget(apps);
        self.st
            .device_opens
            .iter_mut()
            .for_each(|o| *o = super::Opens::default());
        self.st.address_watchers.iter_mut().for_each(|n| *n = 0);
        self.st.addr_counts.clear();
        self.settle.clear();
    }
}
