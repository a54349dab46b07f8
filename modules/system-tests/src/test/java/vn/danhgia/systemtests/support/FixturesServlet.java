package vn.danhgia.systemtests.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonFactsFacade;
import vn.danhgia.platform.security.Role;
import vn.danhgia.platform.security.UserAccounts;

/**
 * Test data a client test cannot make through the public API, made through the modules' own services inside the
 * server (deployed only by the tests, see {@link Deployments#realEarWithHelpers}). POST, form parameters:
 * <ul>
 *   <li>{@code /account}: username, password, personId (optional), roles (comma separated, default STAFF) — a user
 *       account acting as the person ({@link UserAccounts#create}); an existing username is left as it is;</li>
 *   <li>{@code /absence}: personId, kind, from, to (yyyy-MM-dd) — an ORG-7 absence added through
 *       {@link PersonFactsFacade#addAbsence}; the same absence twice is added once.</li>
 * </ul>
 * Answers 200 "ok" or 400 with the reason.
 */
@WebServlet("/fixtures/*")
public class FixturesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccounts accounts;

    @Inject
    private PersonFacade people;

    @Inject
    private PersonFactsFacade facts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            switch (String.valueOf(request.getPathInfo())) {
                case "/account" -> account(request);
                case "/absence" -> absence(request);
                default -> throw new IllegalArgumentException("unknown fixture " + request.getPathInfo());
            }
            response.getWriter().write("ok");
        } catch (RuntimeException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(String.valueOf(e));
        }
    }

    private void account(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (accounts.find(username).isPresent()) {
            return;
        }
        String personId = request.getParameter("personId");
        String roles = request.getParameter("roles");
        Set<Role> roleSet = roles == null || roles.isBlank() ? EnumSet.of(Role.STAFF)
                : Arrays.stream(roles.split(",")).map(String::strip).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        accounts.create(username, username, request.getParameter("password").toCharArray(), roleSet,
                personId == null || personId.isBlank() ? null : Long.valueOf(personId));
    }

    private void absence(HttpServletRequest request) {
        long personId = Long.parseLong(request.getParameter("personId"));
        String kind = request.getParameter("kind");
        LocalDate from = LocalDate.parse(request.getParameter("from"));
        LocalDate to = LocalDate.parse(request.getParameter("to"));
        PersonDetail person = people.detail(personId).orElseThrow();
        boolean present = person.absences().stream().anyMatch(a -> a.kind().equals(kind)
                && a.startDate().equals(from) && a.endDate().equals(to));
        if (!present) {
            facts.addAbsence(new PersonFactsFacade.NewAbsence(personId, person.version(), kind, from, to,
                    "Dữ liệu kiểm thử PRO-1"), "it-fixtures");
        }
    }
}
