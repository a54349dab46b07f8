package vn.danhgia.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;

/** Ends the session (the logout link of the layout). */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private FacesContext faces;

    @Inject
    private AuditLog auditLog;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = external.getRemoteUser();
        request.logout();
        external.invalidateSession();
        if (user != null) {
            auditLog.record(user, AuditAction.LOGOUT, user, null);
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
