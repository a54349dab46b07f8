package vn.danhgia.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.security.Role;
import vn.danhgia.platform.security.UserAccount;
import vn.danhgia.platform.security.UserAccounts;
import vn.danhgia.web.i18n.Texts;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /admin/users.xhtml}: user accounts and the person each acts as (RULES.md PUB-3: a staff member
 * self-assesses and reads their own results, an evaluator scores the people of their chain). Administrators only.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MIN_PASSWORD = 10;

    @EJB
    private transient UserAccounts accounts;

    @Inject
    private transient PersonFacade people;

    @EJB
    private transient AuditLog auditLog;

    @Inject
    private transient CurrentViewer viewer;

    private List<UserAccount> users = List.of();
    private String username;
    private String staffCode;
    private String password;
    private List<String> roles = List.of(Role.STAFF.name());

    @jakarta.annotation.PostConstruct
    void init() {
        if (viewer.get().admin()) {
            users = accounts.all();
        }
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!viewer.get().admin()) {
            error(faces, Texts.get(faces, "common_error.message.forbidden"));
            return;
        }
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!name.matches("[a-z0-9._-]{3,50}")) {
            error(faces, Texts.get(faces, "admin_users.message.badUsername"));
            return;
        }
        if (accounts.find(name).isPresent()) {
            error(faces, MessageFormat.format(Texts.get(faces, "admin_users.message.taken"), name));
            return;
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            error(faces, MessageFormat.format(Texts.get(faces, "admin_users.message.shortPassword"), MIN_PASSWORD));
            return;
        }
        PersonSummary person = person(staffCode);
        if (staffCode != null && !staffCode.isBlank() && person == null) {
            error(faces, MessageFormat.format(Texts.get(faces, "admin_users.message.unknownStaff"), staffCode.strip()));
            return;
        }
        Set<Role> chosen = EnumSet.of(Role.STAFF);
        if (roles != null) {
            roles.forEach(r -> chosen.add(Role.valueOf(r)));
        }
        accounts.create(name, person == null ? name : person.fullName(), password.toCharArray(), chosen,
                person == null ? null : person.id());
        auditLog.record(viewer.get().username(), AuditAction.USER_CREATED, "plt_user:" + name,
                "roles " + chosen + (person == null ? "" : ", person " + person.staffCode()));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(Texts.get(faces, "admin_users.message.created"), name), null));
        username = null;
        staffCode = null;
        password = null;
        users = accounts.all();
    }

    private PersonSummary person(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return people.search(new PersonQuery(code.strip(), null, null, null, LocalDate.now(),
                        PersonQuery.SortField.STAFF_CODE, true, 0, 20)).items().stream()
                .filter(p -> code.strip().equalsIgnoreCase(p.staffCode())).findFirst().orElse(null);
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public boolean isAdmin() {
        return viewer.get().admin();
    }

    public List<String> getRoleOptions() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<UserAccount> getUsers() { return users; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getStaffCode() { return staffCode; }
    public void setStaffCode(String staffCode) { this.staffCode = staffCode; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
}
