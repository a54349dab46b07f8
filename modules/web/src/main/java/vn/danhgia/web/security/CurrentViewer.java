package vn.danhgia.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.platform.security.Role;
import vn.danhgia.platform.security.UserAccounts;

/** The logged-in user as the evaluation module sees them (RULES.md PUB-3): account, person and roles; one per request. */
@RequestScoped
public class CurrentViewer {

    @Inject
    private SecurityContext security;

    @EJB
    private UserAccounts accounts;

    private Viewer viewer;

    /** The viewer; a request without a logged-in user gets a viewer who may see nothing. */
    public Viewer get() {
        if (viewer == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                viewer = new Viewer("anonymous", null, false, false, false);
            } else {
                String name = caller.getName();
                viewer = new Viewer(name, accounts.personIdOf(name).orElse(null), security.isCallerInRole(Role.ADMIN_NAME),
                        security.isCallerInRole(Role.HR_OFFICER_NAME), security.isCallerInRole(Role.EVALUATOR_NAME));
            }
        }
        return viewer;
    }
}
