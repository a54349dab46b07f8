package vn.danhgia.organization.api.people;

import java.time.LocalDate;
import vn.danhgia.organization.api.StaffCategory;

/**
 * A page of the staff list: filters (all optional; the name is matched without diacritics),
 * the date the positions are read at, sorting and paging.
 */
public record PersonQuery(String name, Long unitId, StaffCategory category, String gradeCode, LocalDate asOf,
                          SortField sort, boolean ascending, int first, int pageSize) {

    public static final int MAX_PAGE_SIZE = 500;

    public enum SortField { FULL_NAME, STAFF_CODE, BIRTH_DATE, UNIT, CATEGORY }

    public PersonQuery {
        if (first < 0) {
            throw new IllegalArgumentException("Vị trí bắt đầu không được âm.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Số dòng mỗi trang phải từ 1 đến " + MAX_PAGE_SIZE + ".");
        }
        asOf = asOf == null ? LocalDate.now() : asOf;
        sort = sort == null ? SortField.FULL_NAME : sort;
    }
}
