package vn.danhgia.organization.api.authority;

import jakarta.ejb.Local;
import java.time.LocalDate;

/** Evaluator authority (RULES.md ORG-11, PRO-9, PRO-10). */
@Local
public interface AuthorityFacade {

    /** Evaluation kinds: QUARTERLY_PROFESSIONALISM, ANNUAL_CLASSIFICATION. */
    String QUARTERLY = "QUARTERLY_PROFESSIONALISM";
    String ANNUAL = "ANNUAL_CLASSIFICATION";

    /** The chain of a person on a date; empty assignments with failed findings when it cannot be decided. */
    AuthorityChainView chain(long personId, String evaluationKind, LocalDate date);

    /** Records an override (audited) and returns its id. */
    long override(NewAuthorityOverride override, String by);
}
