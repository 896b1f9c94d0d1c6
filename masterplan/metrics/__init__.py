"""Figures the dashboard shows, computed from one Plan (and a given day), Streamlit-free and vectorised.

``from masterplan import metrics; metrics.X`` reaches every public name; each module has one job:

- progress: each measure's progress and weight, roll-ups per plan, Leitziel and Fokusprojekt, "Warum 63 %?"
- milestones: milestone states relative to today; due, upcoming and overdue milestones
- ampel: the linear plan and the Ampel per measure with its reason
- measures: measure_table (what every page builds on), the measure list and search, one measure's detail
- schedule: the Zeitplan's window, Gantt selection (most urgent first) and overdue/late items
- indicators: indicator summary, time series, trend and the tables of the Indikatoren and Leitziele pages
- overview: the Übersicht's KPIs and status/Ampel mix per Leitziel
- goals: one Leitziel's profile for the Leitziele page
- stakeholders: involvements, matrix, load, staffing gaps and the network of the Beteiligte page
- changes: what changed between two Stände, as topic tables, agenda list and recent changes
- decisions: the Lenkungskreis's Beschlüsse, open and overdue as of a day, erledigt since a Stand
- filters: the global filters and their choices
- display: German column labels, Ampel labels, selectbox choices, one-item-per-line cells
- _common: the day, key → title, blanks as "–" (package-internal)

The rules (progress, Ampel, milestone states, involvement, open decisions) are in the docstrings of progress,
ampel, milestones, stakeholders and decisions. Names with a leading underscore are shared inside the package only.
"""

from masterplan.metrics._common import MEASURE_COLUMNS
from masterplan.metrics.ampel import BEHIND_TOLERANCE, CRITICAL_OVERDUE_DAYS, compute_ampel, planned_progress
from masterplan.metrics.changes import (
    PlanChanges,
    RecentChanges,
    change_list,
    change_tables,
    compare_plans,
    recent_changes,
    sachstand_texts,
)
from masterplan.metrics.decisions import decision_states, decisions_done_since, open_decisions
from masterplan.metrics.display import (
    BULLETS,
    COLUMN_LABELS,
    ampel_labels,
    choice_labels,
    leitziel_choices,
    split_lines,
)
from masterplan.metrics.filters import describe_filters, filter_options, filter_plan
from masterplan.metrics.goals import LeitzielProfile, leitziel_profile
from masterplan.metrics.indicators import (
    indicator_groups,
    indicator_list,
    indicator_summary,
    indicator_table,
    indicator_trend,
    indicator_values,
)
from masterplan.metrics.measures import (
    MEASURE_LIST_COLUMNS,
    MeasureDetail,
    measure_detail,
    measure_list,
    measure_table,
    search_measures,
)
from masterplan.metrics.milestones import (
    milestone_states,
    milestones_due,
    overdue_milestones,
    upcoming_milestones,
)
from masterplan.metrics.overview import Kpis, ampel_mix, kpis, status_mix
from masterplan.metrics.progress import (
    Rollup,
    measure_progress,
    rollup_explanation,
    rollup_fokusprojekt,
    rollup_fokusprojekte,
    rollup_leitziel,
    rollup_leitziele,
    rollup_plan,
)
from masterplan.metrics.schedule import (
    GANTT_CHOICES,
    GANTT_LIMIT,
    PERIOD_ALL,
    PERIOD_AROUND,
    PERIOD_CUSTOM,
    PERIOD_MONTHS,
    PERIODS,
    GanttSelection,
    gantt_selection,
    most_urgent,
    period_range,
    schedule_issues,
)
from masterplan.metrics.stakeholders import (
    LOAD_LIMIT,
    NETWORK_LIMIT,
    NetworkSelection,
    institution_choices,
    involvements,
    network_selection,
    staffing_gap_table,
    staffing_gaps,
    stakeholder_labels,
    stakeholder_load,
    stakeholder_load_of,
    stakeholder_matrix,
    stakeholder_matrix_of,
    stakeholder_types,
)

__all__ = [
    "BEHIND_TOLERANCE", "BULLETS", "COLUMN_LABELS", "CRITICAL_OVERDUE_DAYS", "GANTT_CHOICES", "GANTT_LIMIT",
    "LOAD_LIMIT", "MEASURE_COLUMNS", "MEASURE_LIST_COLUMNS", "NETWORK_LIMIT", "PERIODS", "PERIOD_ALL",
    "PERIOD_AROUND", "PERIOD_CUSTOM", "PERIOD_MONTHS", "GanttSelection", "Kpis", "LeitzielProfile", "MeasureDetail",
    "NetworkSelection", "PlanChanges", "RecentChanges", "Rollup", "ampel_labels", "ampel_mix", "change_list",
    "change_tables", "choice_labels", "compare_plans", "compute_ampel", "decision_states", "decisions_done_since",
    "describe_filters", "filter_options",
    "filter_plan", "gantt_selection", "indicator_groups", "indicator_list", "indicator_summary", "indicator_table",
    "indicator_trend", "indicator_values", "institution_choices", "involvements", "kpis", "leitziel_choices",
    "leitziel_profile", "measure_detail", "measure_list", "measure_progress", "measure_table", "milestone_states",
    "milestones_due", "most_urgent", "network_selection", "open_decisions",
    "overdue_milestones", "period_range", "planned_progress",
    "recent_changes", "rollup_explanation", "rollup_fokusprojekt", "rollup_fokusprojekte", "rollup_leitziel",
    "rollup_leitziele", "rollup_plan", "sachstand_texts", "schedule_issues", "search_measures", "split_lines",
    "staffing_gap_table", "staffing_gaps", "stakeholder_labels", "stakeholder_load", "stakeholder_load_of",
    "stakeholder_matrix", "stakeholder_matrix_of", "stakeholder_types", "status_mix", "upcoming_milestones",
]
