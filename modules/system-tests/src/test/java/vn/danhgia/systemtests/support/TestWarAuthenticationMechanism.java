package vn.danhgia.systemtests.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test WAR added to the EAR needs a mechanism of its own: Jakarta Security installs its
 * bridge in every web module of the application, and the application's mechanism lives in
 * the web WAR, which a sibling WAR cannot see. This one lets the Arquillian runner through.
 */
@ApplicationScoped
public class TestWarAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}
