package vn.danhgia.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;

/** Backs {@code /organization/person.xhtml}: one person's facts by tab (RULES.md ORG-2..10). */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PersonFacade people;

    private Long id;
    private PersonDetail person;

    /** Called by the view parameter; an unknown id leaves {@code person} empty and the page says so. */
    public void load() {
        person = id == null ? null : people.detail(id).orElse(null);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PersonDetail getPerson() { return person; }
}
