"""Budget of a plan version, read from the workspace; the sums and warnings are ``domain.budget``'s."""

from __future__ import annotations

from sqlmodel import col, select

from ethicsdesk.domain.budget import ApproachTotal, BudgetSummary, Warning, summarize
from ethicsdesk.domain.models import Activity, Approach, PlanVersion
from ethicsdesk.services.base import Service


class BudgetService(Service):
    def summary(self, version_id: int) -> BudgetSummary:
        with self.ws.reading() as s:
            version = self.get(s, PlanVersion, version_id)
            approaches = list(
                s.exec(
                    select(Approach)
                    .where(Approach.version_id == version_id)
                    .order_by(col(Approach.number), col(Approach.id))
                ).all()
            )
            activities = list(
                s.exec(
                    select(Activity)
                    .where(Activity.version_id == version_id)
                    .order_by(col(Activity.number), col(Activity.id))
                ).all()
            )
        return summarize(version, approaches, activities)


__all__ = ["ApproachTotal", "BudgetService", "BudgetSummary", "Warning", "summarize"]
