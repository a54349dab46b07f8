/**
 * The working-day calendar owned by the platform (RULES.md ORG-7): weekly rest days (Saturday and
 * Sunday) plus the holidays, compensatory days off and make-up working Saturdays of each year,
 * kept as data in {@code plt_holiday} and edited by an administrator (RP-1). PRO-8 ("absent for
 * ≥ 15 working days in the quarter → not evaluated") counts working days with it.
 *
 * <p>{@link vn.danhgia.platform.calendar.WorkingDayCalendar}, {@link vn.danhgia.platform.calendar.CalendarDay}
 * and {@link vn.danhgia.platform.calendar.DayKind} are plain Java (no Jakarta imports) and are
 * unit-tested without a container; {@link vn.danhgia.platform.calendar.HolidayCalendarService} loads
 * the rows and audits every change.
 */
package vn.danhgia.platform.calendar;
