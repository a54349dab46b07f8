package vn.danhgia.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.web.api.ApiError;

/**
 * Form login for screens; for the REST API a session or HTTP Basic credentials (for scripts and
 * the benchmark), and a JSON 401 otherwise. The login page calls
 * {@code SecurityContext.authenticate} with the credentials; the session then carries the
 * identity. Every login attempt is written to the audit log.
 */
@AutoApplySession
@ApplicationScoped
public class DanhGiaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PREFIX = "/api/";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private AuditLog auditLog;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, credential, context);
        }
        Credential basic = BasicCredentials.parse(request.getHeader("Authorization"));
        if (basic != null && isApi(request)) {
            AuthenticationStatus status = login(request, basic, context);
            if (status == AuthenticationStatus.SEND_FAILURE) {
                writeApiError(response, ApiError.badCredentials());
            }
            return status;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return askForLogin(request, response);
    }

    private AuthenticationStatus login(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        String username = credential instanceof UsernamePasswordCredential upc ? upc.getCaller() : "?";
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            auditLog.record(username, AuditAction.LOGIN_SUCCEEDED, username, "ip=" + request.getRemoteAddr());
            return context.notifyContainerAboutLogin(result);
        }
        auditLog.record(username, AuditAction.LOGIN_FAILED, username, "ip=" + request.getRemoteAddr());
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus askForLogin(HttpServletRequest request, HttpServletResponse response) {
        try {
            String path = pathOf(request);
            if (path.startsWith(API_PREFIX)) {
                writeApiError(response, ApiError.unauthenticated());
                return AuthenticationStatus.SEND_FAILURE;
            }
            String loginUrl = request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8);
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                writeAjaxRedirect(response, loginUrl);
            } else {
                response.sendRedirect(loginUrl);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot answer an unauthenticated request", e);
        }
    }

    private static void writeApiError(HttpServletResponse response, ApiError error) {
        try {
            ApiError.write(response, HttpServletResponse.SC_UNAUTHORIZED, error);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot answer an unauthenticated API request", e);
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith(API_PREFIX);
    }

    /** An expired session during an ajax request: tell the page to go to the login page. */
    private static void writeAjaxRedirect(HttpServletResponse response, String url) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url + "\"></redirect></partial-response>");
    }
}
