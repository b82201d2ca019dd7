"""What the program summary prints, read from the program file in one go."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from peerdesk.database import Database
from peerdesk.documents.pairs import load_program
from peerdesk.evaluation.dashboard import DashboardData, load_dashboard
from peerdesk.evaluation.figures import ProgramFigures, Share
from peerdesk.evaluation.groups import Breakdown, Retention, group_breakdowns, pair_retention
from peerdesk.evaluation.likert import Distribution, likert_distributions
from peerdesk.evaluation.stated_goals import GoalCheck, check_goals
from peerdesk.evaluation.stats import PrePost, pre_post
from peerdesk.groups.rates import AttendanceRates, as_of, attendance_rates
from peerdesk.pairs.closing import split_reason
from peerdesk.pairs.goals import GoalRow, program_goals
from peerdesk.program.settings import ProgramSettings

RECOMMEND = "Would recommend"
HELPED = "Program helped"


@dataclass(frozen=True)
class SummaryData:
    settings: ProgramSettings
    dashboard: DashboardData
    results: list[PrePost]
    distributions: list[Distribution]
    breakdowns: list[Breakdown]
    retention: Retention
    goals: list[GoalRow]
    end_reasons: list[tuple[str, int]]
    recommend: Share  # would recommend, of those who answered
    goal_checks: list[GoalCheck]  # the program's stated goals against what happened
    today: date
    sessions: AttendanceRates | None = None  # None: the program never had a group session

    @property
    def figures(self) -> ProgramFigures:
        return self.dashboard.figures


def load_summary(db: Database, program_id: int, *, today: date | None = None) -> SummaryData:
    """Everything the summary prints, read from the program file."""
    from sqlalchemy import select

    from peerdesk.models import GroupSession, Pair, SurveyAnswer, SurveyQuestion, SurveyResponse

    today = today or date.today()
    with db.reading() as session:
        reasons = [
            split_reason(text)[0] or "Not recorded"
            for text in session.scalars(
                select(Pair.end_reason)
                .where(Pair.program_id == program_id, Pair.ended_on.is_not(None))
                .order_by(Pair.id)  # equal counts keep the order the pairs were made in
            )
        ]
        recommend_answers = [
            float(value)
            for measure, value in session.execute(
                select(SurveyQuestion.measure, SurveyAnswer.value_number)
                .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
                .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
                .where(SurveyResponse.program_id == program_id)
            )
            if value is not None and (measure or "").casefold() == RECOMMEND.casefold()
        ]
        has_sessions = (
            session.scalar(select(GroupSession.id).where(GroupSession.program_id == program_id))
            is not None
        )
    settings = load_program(db, program_id)
    dashboard = load_dashboard(db, program_id, today=today)
    results = pre_post(db, program_id)
    recommend = Share(sum(1 for v in recommend_answers if v >= 0.5), len(recommend_answers))
    return SummaryData(
        settings=settings,
        dashboard=dashboard,
        results=results,
        distributions=likert_distributions(db, program_id),
        breakdowns=group_breakdowns(db, program_id),
        retention=pair_retention(db, program_id),
        goals=program_goals(db, program_id),
        end_reasons=Counter(reasons).most_common(),
        recommend=recommend,
        goal_checks=check_goals(settings.goals, dashboard.figures, results, recommend),
        today=today,
        sessions=attendance_rates(db, program_id, now=as_of(today)) if has_sessions else None,
    )
