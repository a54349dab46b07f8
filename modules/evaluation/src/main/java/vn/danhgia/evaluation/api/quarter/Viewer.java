package vn.danhgia.evaluation.api.quarter;

/**
 * Who is asking (RULES.md PUB-3): the account, the person it acts as (null for technical accounts) and its roles.
 * An administrator sees and manages everything; an HR officer sees the block of the focal body they work in (or
 * their own unit; everything when the account is not a person); an evaluator the people they evaluate or comment
 * on; everybody their own sheet.
 */
public record Viewer(String username, Long personId, boolean admin, boolean hrOfficer, boolean evaluator) {

    public boolean manager() {
        return admin || hrOfficer;
    }
}
