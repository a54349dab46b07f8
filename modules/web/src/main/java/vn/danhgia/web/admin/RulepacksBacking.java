package vn.danhgia.web.admin;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.rulepack.ProRulePackFacade;
import vn.danhgia.web.i18n.Texts;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /admin/rulepacks.xhtml}: the PRO rule pack versions (RULES.md RP-1, PRO-13) — download one, edit the
 * criterion texts and thresholds, upload it as the next version; it is validated and published, never overwritten.
 * Administrators only.
 */
@Named
@ViewScoped
public class RulepacksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProRulePackFacade packs;

    @Inject
    private transient CurrentViewer viewer;

    private List<ProRulePackFacade.PackVersion> versions = List.of();
    private String uploaded;
    private String uploadedName;

    @jakarta.annotation.PostConstruct
    void init() {
        versions = packs.versions();
    }

    public void upload(FileUploadEvent event) {
        uploadedName = event.getFile().getFileName();
        uploaded = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
    }

    public void publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!viewer.get().admin()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, "common_error.message.forbidden"), null));
            return;
        }
        if (uploaded == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get(faces, "admin_rulepacks.message.noFile"), null));
            return;
        }
        try {
            ProRulePackFacade.PackVersion published = packs.publish(uploaded, viewer.get().username());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(
                    Texts.get(faces, "admin_rulepacks.message.published"), published.version()), null));
            uploaded = null;
            uploadedName = null;
            versions = packs.versions();
        } catch (RuntimeException e) {
            Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(t instanceof EvaluationException rejected)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
        }
    }

    public boolean isAdmin() {
        return viewer.get().admin();
    }

    public List<ProRulePackFacade.PackVersion> getVersions() { return versions; }
    public String getUploadedName() { return uploadedName; }
}
