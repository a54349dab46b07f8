package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.platform.i18n.VietnameseText;

/** A person's own fields as stored in {@code org_person} (RULES.md ORG-2, ORG-3, ORG-10). */
public record PersonFields(String fullName, LocalDate birthDate, Vocabulary.Sex sex, String ethnicity,
                           boolean minorityArea, StaffCategory category, boolean standingCommittee) {

    /** The diacritics-free lower-case search key stored in {@code org_person.search_name}. */
    public String searchName() {
        return VietnameseText.fold(fullName);
    }
}
