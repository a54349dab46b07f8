package vn.danhgia.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;

/** Backs {@code /organization/authority.xhtml}: a person's authority chain and why (ORG-11, PRO-9). */
@Named
@ViewScoped
public class AuthorityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuthorityFacade authority;

    private Long personId;
    private String kind = AuthorityFacade.QUARTERLY;
    private LocalDate date = LocalDate.now();
    private AuthorityChainView chain;

    public void load() {
        chain = personId == null ? null : authority.chain(personId, kind, date);
    }

    public String[] getKinds() {
        return new String[] {AuthorityFacade.QUARTERLY, AuthorityFacade.ANNUAL};
    }

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date == null ? LocalDate.now() : date; }
    public AuthorityChainView getChain() { return chain; }
}
