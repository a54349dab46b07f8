package vn.danhgia.organization.domain.authority;

/**
 * Who holds an authority: one person ({@link PersonHolder}) or a collective body described in
 * Vietnamese ({@link CollectiveHolder}, e.g. "Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy").
 */
public sealed interface Holder permits PersonHolder, CollectiveHolder {

    /** How the holder is named in explanations and on screens. */
    String display();

    static Holder person(PersonRef person) {
        return new PersonHolder(person);
    }

    static Holder collective(String description) {
        return new CollectiveHolder(description);
    }
}
