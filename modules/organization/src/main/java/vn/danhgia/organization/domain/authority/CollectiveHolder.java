package vn.danhgia.organization.domain.authority;

/**
 * An authority held by a collective body or by a leader the data cannot name, described in Vietnamese
 * (e.g. "Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy", "Lãnh đạo Quận phụ trách lĩnh vực").
 */
public record CollectiveHolder(String description) implements Holder {

    public CollectiveHolder {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a collective holder needs a description");
        }
        description = description.strip();
    }

    @Override
    public String display() {
        return description;
    }
}
