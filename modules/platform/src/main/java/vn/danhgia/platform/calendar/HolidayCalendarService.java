package vn.danhgia.platform.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;

/**
 * The holiday calendar of ORG-7: reads {@code plt_holiday} into a {@link WorkingDayCalendar} and
 * lets an administrator add and remove entries (RP-1: dates are data). Every change is audited.
 * Access control is the caller's (the administration screens); {@code by} names the person.
 */
@Stateless
public class HolidayCalendarService {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @EJB
    private AuditLog auditLog;

    /**
     * The working-day calendar of the years {@code fromYear}–{@code toYear}. Build it once per run
     * and share it: it is immutable and counts in O(1).
     *
     * @throws HolidayCalendarException if a year of the range has no entry at all (its holidays
     *         were never entered: counting would silently treat it as a year without holidays)
     */
    public WorkingDayCalendar calendarFor(int fromYear, int toYear) {
        requireYears(fromYear, toYear);
        List<Holiday> rows = em.createQuery(
                        "select h from Holiday h where h.date between :from and :to order by h.date", Holiday.class)
                .setParameter("from", LocalDate.of(fromYear, 1, 1))
                .setParameter("to", LocalDate.of(toYear, 12, 31))
                .getResultList();
        return toCalendar(fromYear, toYear, rows);
    }

    /** The entries of {@code year}, in date order (for the administration screen). */
    public List<Holiday> holidaysOf(int year) {
        requireYears(year, year);
        return em.createQuery("select h from Holiday h where h.date between :from and :to order by h.date", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /**
     * Adds an entry and audits it ({@link AuditAction#HOLIDAY_ADDED}).
     *
     * @throws HolidayCalendarException if {@code date} already has an entry (remove it first)
     * @throws IllegalArgumentException if the name or {@code by} is blank, or the name is longer than 200 characters
     * @throws NullPointerException if {@code date} or {@code kind} is null
     */
    public Holiday add(LocalDate date, String name, DayKind kind, String by) {
        Holiday holiday = new Holiday(date, name, kind, by);
        List<Holiday> existing = em.createQuery("select h from Holiday h where h.date = :date", Holiday.class)
                .setParameter("date", date)
                .getResultList();
        if (!existing.isEmpty()) {
            Holiday other = existing.get(0);
            throw new HolidayCalendarException("Lịch đã có ngày " + date + ": \"" + other.getName()
                    + "\"; hãy xóa mục đó trước nếu muốn thay đổi");
        }
        em.persist(holiday);
        em.flush();
        auditLog.record(by, AuditAction.HOLIDAY_ADDED, target(holiday), detail(holiday));
        return holiday;
    }

    /**
     * Removes the entry {@code id} if it is still at {@code expectedVersion}, and audits it
     * ({@link AuditAction#HOLIDAY_REMOVED}).
     *
     * @throws StaleHolidayException (an {@link OptimisticLockException}) if the entry no longer
     *         exists or was changed since the caller read it
     */
    public void remove(long id, long expectedVersion, String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("Who removes the calendar entry " + id + " must be known");
        }
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday == null) {
            throw new StaleHolidayException("Mục lịch " + id + " không còn nữa: người khác đã xóa", null);
        }
        if (holiday.getVersion() != expectedVersion) {
            throw new StaleHolidayException("Mục lịch ngày " + holiday.getDate() + " vừa được người khác thay đổi (phiên bản "
                    + holiday.getVersion() + ", bạn đang xem " + expectedVersion + "); hãy tải lại rồi thử lại", null);
        }
        String target = target(holiday);
        String detail = detail(holiday);
        em.remove(holiday);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleHolidayException("Mục lịch ngày " + holiday.getDate()
                    + " vừa được người khác thay đổi hoặc xóa; hãy tải lại rồi thử lại", e);
        }
        auditLog.record(by, AuditAction.HOLIDAY_REMOVED, target, detail);
    }

    /** Builds the calendar from loaded rows, refusing years without any entry. */
    static WorkingDayCalendar toCalendar(int fromYear, int toYear, List<Holiday> rows) {
        Set<Integer> entered = rows.stream().map(h -> h.getDate().getYear()).collect(Collectors.toSet());
        Set<Integer> missing = IntStream.rangeClosed(fromYear, toYear)
                .filter(year -> !entered.contains(year))
                .boxed()
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new HolidayCalendarException("Lịch ngày nghỉ chưa có dữ liệu của năm " + missing
                    + ": quản trị viên cần nhập ngày lễ, tết của năm đó trước khi đếm ngày làm việc (ORG-7)");
        }
        return WorkingDayCalendar.of(fromYear, toYear, rows.stream().map(Holiday::toCalendarDay).toList());
    }

    private static void requireYears(int fromYear, int toYear) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
        }
        if (fromYear < 1 || toYear > 9999) {
            throw new IllegalArgumentException("Years " + fromYear + "–" + toYear + " are outside 1–9999");
        }
    }

    private static String target(Holiday holiday) {
        return "plt_holiday " + holiday.getDate();
    }

    private static String detail(Holiday holiday) {
        return "id=" + holiday.getId() + ", date=" + holiday.getDate() + ", kind=" + holiday.getKind()
                + ", name=" + holiday.getName() + ", version=" + holiday.getVersion();
    }
}
