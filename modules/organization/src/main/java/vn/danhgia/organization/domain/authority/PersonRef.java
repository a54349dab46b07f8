package vn.danhgia.organization.domain.authority;

import java.util.Objects;

/** A person who holds an authority, with the position title shown in explanations ("Trưởng phòng"). */
public record PersonRef(long id, String fullName, String positionTitle) {

    public PersonRef {
        Objects.requireNonNull(fullName, "fullName");
    }

    /** "Trần Văn Bình (Trưởng phòng)", or just the name when the title is unknown. */
    public String display() {
        return positionTitle == null || positionTitle.isBlank() ? fullName : fullName + " (" + positionTitle + ")";
    }
}
