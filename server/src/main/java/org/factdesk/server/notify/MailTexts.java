package org.factdesk.server.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.server.problem.Localizer;
import org.factdesk.workflow.notification.MailQueue.Mail;
import org.factdesk.workflow.notification.OutboxEvent;

/** A mail's words in the recipient's interface language: subject, plain text, and the same as HTML. */
@ApplicationScoped
public class MailTexts {
  @Inject Localizer localizer;

  /** Where links in mail point (the web interface's address as people reach it). */
  @Inject
  @ConfigProperty(name = "FACTDESK_PUBLIC_URL", defaultValue = "http://localhost:9080")
  String publicUrl;

  public record Rendered(String language, String subject, String text, String html) {}

  public Rendered render(Mail mail) {
    Localizer.Texts t = localizer.messages(mail.language() == null ? "en" : mail.language());
    List<String> lines = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (int i = 0; i < mail.events().size(); i++) {
      OutboxEvent e = mail.events().get(i);
      lines.add(t.format("mail." + e.type(), Map.of("actor", e.actor(), "title", mail.titles().get(i))));
      links.add(publicUrl.replaceAll("/+$", "") + "/#/articles/" + e.articleId());
    }
    String subject = mail.digest() ? t.format("mail.digest.subject", Map.of("count", lines.size())) : lines.get(0);
    String footer = t.format("mail.footer", Map.of());
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"" + escape(t.locale().toLanguageTag())
        + "\"><body><ul>");
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i)).append('\n').append(links.get(i)).append("\n\n");
      html.append("<li><a href=\"").append(escape(links.get(i))).append("\">").append(escape(lines.get(i)))
          .append("</a></li>");
    }
    text.append("-- \n").append(footer).append('\n');
    html.append("</ul><p style=\"color:#555\">").append(escape(footer)).append("</p></body></html>");
    return new Rendered(t.locale().toLanguageTag(), subject, text.toString(), html.toString());
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
