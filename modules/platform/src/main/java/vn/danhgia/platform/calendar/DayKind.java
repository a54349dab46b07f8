package vn.danhgia.platform.calendar;

/**
 * What a dated entry of the holiday calendar means (ORG-7). Stored by name in
 * {@code plt_holiday.kind}: never rename a constant.
 */
public enum DayKind {

    /** A public holiday (Labor Code 2019 art. 112), or a day of the Tết break the Government announced. */
    PUBLIC_HOLIDAY(false),

    /** A weekday off: "nghỉ bù" for a holiday on a weekly rest day, or a swapped day ("nghỉ hoán đổi"). */
    COMPENSATORY_DAY_OFF(false),

    /** A weekly rest day that is worked ("làm bù"), typically the Saturday that repays a swapped day. */
    MAKE_UP_WORKING_DAY(true);

    private final boolean workingDay;

    DayKind(boolean workingDay) {
        this.workingDay = workingDay;
    }

    /** Whether a date of this kind is a working day, whatever day of the week it is. */
    public boolean isWorkingDay() {
        return workingDay;
    }
}
