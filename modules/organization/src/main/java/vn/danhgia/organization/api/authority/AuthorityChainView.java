package vn.danhgia.organization.api.authority;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.platform.rules.Finding;

/**
 * Who comments, evaluates, decides and may adjust a person's evaluation on a date, and why
 * (RULES.md ORG-11, PRO-9, PRO-10; explanation per RP-2).
 */
public record AuthorityChainView(long personId, String personName, String evaluationKind, LocalDate date,
                                 List<Assignment> assignments, List<Finding> findings, String rulePack,
                                 boolean complete) {

    /**
     * @param role            COMMENT, EVALUATE, DECIDE or ADJUST
     * @param holderPersonId  the person holding the role, or null for a collective body
     */
    public record Assignment(String role, String holder, Long holderPersonId, String source, String explanation) {
    }
}
