package vn.danhgia.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeSet;
import vn.danhgia.platform.calendar.DayKind;
import vn.danhgia.platform.calendar.Holiday;
import vn.danhgia.platform.calendar.HolidayCalendarException;
import vn.danhgia.platform.calendar.HolidayCalendarService;
import vn.danhgia.platform.calendar.StaleHolidayException;
import vn.danhgia.platform.calendar.WorkingDayCalendar;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /admin/holidays.xhtml}: the holiday calendar of one year (ORG-7) — its holidays,
 * compensatory days off and make-up working days, the working days per quarter counted with it
 * (as PRO-8 counts them), and, for administrators only, adding and removing entries. A removal is
 * made against the version shown (optimistic locking); everyone else can only look.
 */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ADMIN = "ADMIN";
    static final int NAME_MAX = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** How many years before and after the current one the year selector offers. */
    private static final int YEARS_BACK = 10;
    private static final int YEARS_AHEAD = 2;

    /** Not transient: a stateless session bean's proxy is passivation capable, so the view survives serialization. */
    @Inject
    private HolidayCalendarService calendar;

    private boolean admin;
    private int year = LocalDate.now().getYear();
    private List<Integer> years = List.of();
    private List<Row> rows = List.of();
    private List<QuarterCount> quarters = List.of();
    private int yearWorkingDays;
    /** Why the working days cannot be counted (the year has no entry), or null when {@link #quarters} holds them. */
    private String countProblem;

    private LocalDate newDate;
    private String newName;
    private DayKind newKind;

    /** One entry of the calendar as shown: a plain copy of the row, with the version the removal must match. */
    public record Row(long id, long version, LocalDate date, String name, DayKind kind) implements Serializable {
        static Row of(Holiday h) {
            return new Row(h.getId(), h.getVersion(), h.getDate(), h.getName(), h.getKind());
        }
    }

    /** The working days of one quarter of the year shown. */
    public record QuarterCount(int quarter, LocalDate from, LocalDate to, int workingDays) implements Serializable {
    }

    @PostConstruct
    void init() {
        admin = isAdmin(FacesContext.getCurrentInstance());
        load();
    }

    /** Reads the year's entries and counts its working days per quarter. */
    public void load() {
        years = yearsAround(year);
        rows = calendar.holidaysOf(year).stream().map(Row::of).toList();
        countWorkingDays();
    }

    private void countWorkingDays() {
        quarters = List.of();
        yearWorkingDays = 0;
        countProblem = null;
        WorkingDayCalendar days;
        try {
            days = calendar.calendarFor(year, year);
        } catch (HolidayCalendarException e) {
            // The only refusal of calendarFor(year, year) is a year without any entry: say it in the user's language.
            countProblem = rows.isEmpty()
                    ? text(FacesContext.getCurrentInstance(), "admin_holidays.text.noEntries", String.valueOf(year))
                    : e.getMessage();
            return;
        }
        List<QuarterCount> counts = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
            LocalDate to = from.plusMonths(2).withDayOfMonth(from.plusMonths(2).lengthOfMonth());
            counts.add(new QuarterCount(q, from, to, days.workingDaysBetween(from, to)));
        }
        quarters = List.copyOf(counts);
        yearWorkingDays = days.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Adds the entry of the form (administrators only) and shows the year it belongs to. */
    public void add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!requireAdmin(faces)) {
            return;
        }
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            error(faces, "holidaysForm:newName", text(faces, "admin_holidays.validation.nameRequired"));
            return;
        }
        if (name.length() > NAME_MAX) {
            error(faces, "holidaysForm:newName", text(faces, "admin_holidays.validation.nameTooLong"));
            return;
        }
        if (newDate == null || newKind == null) {
            error(faces, null, text(faces, newDate == null
                    ? "admin_holidays.validation.dateRequired" : "admin_holidays.validation.kindRequired"));
            return;
        }
        LocalDate date = newDate;
        try {
            calendar.add(date, name, newKind, faces.getExternalContext().getRemoteUser());
        } catch (HolidayCalendarException | EJBException e) {
            // The date already has an entry (possibly added by someone else meanwhile): show that year and say so.
            year = date.getYear();
            load();
            Optional<Row> existing = rows.stream().filter(r -> r.date().equals(date)).findFirst();
            if (existing.isPresent()) {
                error(faces, "holidaysForm:newDate", text(faces, "admin_holidays.message.duplicate", DAY.format(date),
                        existing.get().name(), kindLabel(faces, existing.get().kind())));
                return;
            }
            if (e instanceof HolidayCalendarException refused) {
                error(faces, null, refused.getMessage());
                return;
            }
            throw e;
        }
        info(faces, text(faces, "admin_holidays.message.added", DAY.format(date), name, kindLabel(faces, newKind)));
        year = date.getYear();
        newDate = null;
        newName = null;
        newKind = null;
        load();
    }

    /** Removes an entry shown in the table, if nobody changed it since (administrators only). */
    public void remove(Row row) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!requireAdmin(faces)) {
            return;
        }
        try {
            calendar.remove(row.id(), row.version(), faces.getExternalContext().getRemoteUser());
            info(faces, text(faces, "admin_holidays.message.removed", DAY.format(row.date()), row.name()));
        } catch (StaleHolidayException e) {
            error(faces, null, text(faces, "admin_holidays.message.stale"));
        } catch (HolidayCalendarException e) {
            error(faces, null, e.getMessage());
        } catch (EJBException e) {
            // A conflict detected only when the transaction commits reaches us wrapped.
            if (!isOptimisticLockFailure(e)) {
                throw e;
            }
            error(faces, null, text(faces, "admin_holidays.message.stale"));
        }
        load();
    }

    /** The question of the confirmation dialog for removing {@code row}. */
    public String confirmRemove(Row row) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces, "admin_holidays.confirm.message", DAY.format(row.date()), row.name());
    }

    private boolean requireAdmin(FacesContext faces) {
        if (isAdmin(faces)) {
            return true;
        }
        error(faces, null, text(faces, "admin_holidays.message.forbidden"));
        return false;
    }

    private static boolean isAdmin(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        return external.getRemoteUser() != null && external.isUserInRole(ADMIN);
    }

    private static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** The years offered: ten back to two ahead of today, and the year shown if it lies outside them. */
    static List<Integer> yearsAround(int shown) {
        int now = LocalDate.now().getYear();
        TreeSet<Integer> all = new TreeSet<>();
        for (int y = now + YEARS_AHEAD; y >= now - YEARS_BACK; y--) {
            all.add(y);
        }
        all.add(shown);
        return List.copyOf(all.descendingSet());
    }

    private static String kindLabel(FacesContext faces, DayKind kind) {
        return text(faces, "admin_holidays.kind." + kind.name());
    }

    private static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    private static String text(FacesContext faces, String key, Object... args) {
        String pattern;
        try {
            pattern = Texts.get(faces, key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public boolean isAdmin() { return admin; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<Row> getRows() { return rows; }
    public List<QuarterCount> getQuarters() { return quarters; }
    public int getYearWorkingDays() { return yearWorkingDays; }
    public String getCountProblem() { return countProblem; }
    public DayKind[] getKinds() { return DayKind.values(); }
    public int getNameMax() { return NAME_MAX; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public DayKind getNewKind() { return newKind; }
    public void setNewKind(DayKind newKind) { this.newKind = newKind; }
}
