package vn.danhgia.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which days are working days, over a range of whole years (RULES.md ORG-7). A day is a working day
 * unless it is a weekly rest day (Saturday, Sunday) or an off day of the holiday calendar; a
 * {@link DayKind#MAKE_UP_WORKING_DAY} is a working day even on a Saturday. PRO-8 counts the working
 * days of an absence inside the quarter with {@link #workingDaysOverlapping}.
 *
 * <p>Immutable and thread-safe: build it once per run (for example with
 * {@code HolidayCalendarService.calendarFor}) and share it. Counting is O(1): the number of working
 * days before each day of the covered years is precomputed (about 1.5 KB per year).
 *
 * <p>It answers only for the years it covers and throws {@link IllegalArgumentException} for a day
 * outside them, so that a year whose holidays were never entered is reported instead of being
 * counted as if it had none (RULES.md: never guess silently).
 */
public final class WorkingDayCalendar {

    /** The weekly rest days of the civil service. */
    public static final Set<DayOfWeek> DEFAULT_WEEKLY_REST_DAYS =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** A technical bound on the range of years, so that a wrong argument cannot allocate gigabytes. */
    private static final int MAX_YEARS = 1000;

    private final int fromYear;
    private final int toYear;
    private final long firstEpochDay;
    private final long lastEpochDay;
    private final Set<DayOfWeek> weeklyRestDays;
    private final Map<LocalDate, CalendarDay> days;
    /** {@code workingBefore[i]} = number of working days in {@code [first day, first day + i)}. */
    private final int[] workingBefore;

    private WorkingDayCalendar(int fromYear, int toYear, Collection<CalendarDay> entries, Set<DayOfWeek> weeklyRestDays) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("The calendar's first year " + fromYear + " is after its last year " + toYear);
        }
        if ((long) toYear - fromYear >= MAX_YEARS) {
            throw new IllegalArgumentException("A calendar covers at most " + MAX_YEARS + " years, not " + fromYear + "–" + toYear);
        }
        Objects.requireNonNull(entries, "days");
        Objects.requireNonNull(weeklyRestDays, "weeklyRestDays");
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.weeklyRestDays = weeklyRestDays.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(weeklyRestDays));

        TreeMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : entries) {
            Objects.requireNonNull(day, "a calendar day is null");
            int year = day.date().getYear();
            if (year < fromYear || year > toYear) {
                throw new IllegalArgumentException("The calendar day " + day.date() + " (" + day.name()
                        + ") is outside the calendar's years " + fromYear + "–" + toYear);
            }
            CalendarDay previous = byDate.putIfAbsent(day.date(), day);
            if (previous != null) {
                throw new IllegalArgumentException("Two calendar entries for " + day.date() + ": \""
                        + previous.name() + "\" and \"" + day.name() + "\"");
            }
        }
        this.days = Collections.unmodifiableMap(byDate);

        LocalDate first = LocalDate.of(fromYear, 1, 1);
        LocalDate last = LocalDate.of(toYear, 12, 31);
        this.firstEpochDay = first.toEpochDay();
        this.lastEpochDay = last.toEpochDay();
        int size = Math.toIntExact(lastEpochDay - firstEpochDay + 1);
        this.workingBefore = new int[size + 1];
        LocalDate day = first;
        for (int i = 0; i < size; i++) {
            workingBefore[i + 1] = workingBefore[i] + (computeWorking(day) ? 1 : 0);
            day = day.plusDays(1);
        }
    }

    /** A calendar of the years {@code fromYear}–{@code toYear} with Saturday and Sunday as weekly rest days. */
    public static WorkingDayCalendar of(int fromYear, int toYear, Collection<CalendarDay> days) {
        return new WorkingDayCalendar(fromYear, toYear, days, DEFAULT_WEEKLY_REST_DAYS);
    }

    /** A calendar of the years {@code fromYear}–{@code toYear} with other weekly rest days. */
    public static WorkingDayCalendar of(int fromYear, int toYear, Collection<CalendarDay> days, Set<DayOfWeek> weeklyRestDays) {
        return new WorkingDayCalendar(fromYear, toYear, days, weeklyRestDays);
    }

    /** A calendar of the years from the earliest to the latest of {@code days} (Saturday and Sunday rest). */
    public static WorkingDayCalendar of(Collection<CalendarDay> days) {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("Cannot tell which years a calendar without any day covers; give the years");
        }
        int min = days.stream().mapToInt(d -> d.date().getYear()).min().orElseThrow();
        int max = days.stream().mapToInt(d -> d.date().getYear()).max().orElseThrow();
        return of(min, max, days);
    }

    /** The first year covered. */
    public int fromYear() {
        return fromYear;
    }

    /** The last year covered. */
    public int toYear() {
        return toYear;
    }

    /** The weekly rest days (Saturday and Sunday by default). */
    public Set<DayOfWeek> weeklyRestDays() {
        return weeklyRestDays;
    }

    /** The dated entries, in date order. */
    public List<CalendarDay> days() {
        return List.copyOf(days.values());
    }

    /** The entry on {@code date}, if it has one (a date without one follows the weekly rule). */
    public Optional<CalendarDay> dayOn(LocalDate date) {
        return Optional.ofNullable(days.get(Objects.requireNonNull(date, "date")));
    }

    /** Whether {@code date} lies in the years this calendar covers. */
    public boolean covers(LocalDate date) {
        long epochDay = Objects.requireNonNull(date, "date").toEpochDay();
        return epochDay >= firstEpochDay && epochDay <= lastEpochDay;
    }

    /**
     * Whether {@code date} is a working day: a make-up working day, or a day that is neither a
     * weekly rest day nor an off day of the calendar.
     *
     * @throws IllegalArgumentException if the date is outside the covered years
     */
    public boolean isWorkingDay(LocalDate date) {
        int i = index(date, "date");
        return workingBefore[i + 1] - workingBefore[i] == 1;
    }

    /**
     * The number of working days from {@code fromInclusive} to {@code toInclusive}, both included.
     *
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toInclusive}, or a day
     *         of the range is outside the covered years
     */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        requireOrdered(fromInclusive, toInclusive, "fromInclusive", "toInclusive");
        return workingBefore[index(toInclusive, "toInclusive") + 1] - workingBefore[index(fromInclusive, "fromInclusive")];
    }

    /**
     * The number of working days of the absence {@code absenceFrom}–{@code absenceTo} that fall inside
     * the period {@code periodFrom}–{@code periodTo} (all inclusive), e.g. the working days of a
     * maternity leave inside a quarter (PRO-8). 0 when they do not overlap. Only the overlap has to
     * lie in the covered years: an absence that began in an earlier year is clipped first.
     *
     * @throws IllegalArgumentException if a range ends before it starts, or the overlap is outside
     *         the covered years
     */
    public int workingDaysOverlapping(LocalDate absenceFrom, LocalDate absenceTo, LocalDate periodFrom, LocalDate periodTo) {
        requireOrdered(absenceFrom, absenceTo, "absenceFrom", "absenceTo");
        requireOrdered(periodFrom, periodTo, "periodFrom", "periodTo");
        LocalDate from = absenceFrom.isAfter(periodFrom) ? absenceFrom : periodFrom;
        LocalDate to = absenceTo.isBefore(periodTo) ? absenceTo : periodTo;
        if (from.isAfter(to)) {
            return 0;
        }
        return workingDaysBetween(from, to);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + fromYear + "–" + toYear + ", " + days.size() + " dated entries, rest days "
                + weeklyRestDays + "]";
    }

    private boolean computeWorking(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) {
            return entry.isWorkingDay();
        }
        return !weeklyRestDays.contains(date.getDayOfWeek());
    }

    private int index(LocalDate date, String what) {
        long epochDay = Objects.requireNonNull(date, what).toEpochDay();
        if (epochDay < firstEpochDay || epochDay > lastEpochDay) {
            throw new IllegalArgumentException(what + " " + date + " is outside the holiday calendar, which covers "
                    + (fromYear == toYear ? "only " + fromYear : fromYear + "–" + toYear)
                    + "; the holidays of " + date.getYear() + " must be loaded (ORG-7)");
        }
        return (int) (epochDay - firstEpochDay);
    }

    private static void requireOrdered(LocalDate from, LocalDate to, String fromName, String toName) {
        Objects.requireNonNull(from, fromName);
        Objects.requireNonNull(to, toName);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(fromName + " " + from + " is after " + toName + " " + to
                    + ": a date range must not end before it starts");
        }
    }
}
