package vn.danhgia.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A dated entry of the holiday calendar ({@code plt_holiday}, ORG-7): a public holiday, a
 * compensatory day off or a make-up working Saturday. Entered by an administrator (RP-1); a
 * correction is a removal and a new entry, both audited. Optimistic locking guards the removal.
 */
@Entity
@Table(name = "plt_holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DayKind kind;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name, DayKind kind, String createdBy) {
        CalendarDay valid = new CalendarDay(date, name == null ? null : name.strip(), kind);
        if (valid.name().length() > 200) {
            throw new IllegalArgumentException("The name of the calendar day " + date + " is longer than 200 characters");
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("Who enters the calendar day " + date + " must be known");
        }
        this.date = valid.date();
        this.name = valid.name();
        this.kind = valid.kind();
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public DayKind getKind() { return kind; }
    public long getVersion() { return version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }

    /** This entry as the plain value the {@link WorkingDayCalendar} is built from. */
    public CalendarDay toCalendarDay() {
        return new CalendarDay(date, name, kind);
    }

    @Override
    public String toString() {
        return "Holiday[id=" + id + ", " + date + ", " + kind + ", \"" + name + "\", version " + version + "]";
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Holiday h && id != null && Objects.equals(id, h.id);
    }

    @Override
    public int hashCode() {
        return Holiday.class.hashCode();
    }
}
