package vn.danhgia.organization.domain.authority;

import java.util.Objects;

/** An authority held by one person. */
public record PersonHolder(PersonRef person) implements Holder {

    public PersonHolder {
        Objects.requireNonNull(person, "person");
    }

    @Override
    public String display() {
        return person.display();
    }
}
