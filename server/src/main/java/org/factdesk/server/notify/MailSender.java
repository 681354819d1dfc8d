package org.factdesk.server.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.workflow.notification.MailQueue;
import org.factdesk.workflow.notification.MailQueue.Mail;

/**
 * Sends due mail through Jakarta Mail (Liberty's mail-2.1 feature) to the SMTP server of
 * FACTDESK_SMTP_*. Runs on the delivery workers only: an SMTP server that is down or refuses only
 * moves the message's next attempt, it never reaches a request. Without FACTDESK_SMTP_HOST, no mail.
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject MailQueue queue;
  @Inject MailTexts texts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "FACTDESK_SMTP_HOST", defaultValue = " ")
  String host;

  @Inject
  @ConfigProperty(name = "FACTDESK_SMTP_PORT", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "FACTDESK_SMTP_USER", defaultValue = " ")
  String user;

  @Inject
  @ConfigProperty(name = "FACTDESK_SMTP_PASSWORD", defaultValue = " ")
  String password;

  /** starttls (default), tls (implicit, as on port 465) or off. */
  @Inject
  @ConfigProperty(name = "FACTDESK_SMTP_TLS", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "FACTDESK_MAIL_FROM", defaultValue = "factdesk@localhost")
  String from;

  /** The hour (UTC) of the daily digest. */
  @Inject
  @ConfigProperty(name = "FACTDESK_MAIL_DIGEST_HOUR", defaultValue = "7")
  int digestHour;

  @Inject
  @ConfigProperty(name = "FACTDESK_MAIL_RETRY_SECONDS", defaultValue = "60")
  long retrySeconds;

  private volatile Session session;

  public boolean configured() {
    return !host.isBlank();
  }

  /** When the next daily digest is due, in epoch milliseconds. */
  public long nextDigestAt() {
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    ZonedDateTime at = now.withHour(digestHour).withMinute(0).withSecond(0).withNano(0);
    return (at.isAfter(now) ? at : at.plusDays(1)).toInstant().toEpochMilli();
  }

  /** Claims and sends what is due; returns how many mails were attempted. */
  public int sendDue(String instance, Duration lease) {
    if (!configured()) {
      return 0;
    }
    int attempted = 0;
    List<Mail> due;
    while (!(due = queue.claim(instance, lease, 20)).isEmpty()) {
      for (Mail mail : due) {
        String error = null;
        try {
          send(mail);
        } catch (MessagingException | RuntimeException e) {
          error = e.getClass().getSimpleName() + ": " + e.getMessage();
          LOG.warning("Mail to " + mail.username() + " not sent, will retry: " + error);
        }
        queue.finish(mail, instance, error, Duration.ofSeconds(retrySeconds));
        attempted++;
      }
    }
    return attempted;
  }

  private void send(Mail mail) throws MessagingException {
    MailTexts.Rendered r = texts.render(mail);
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.email()));
    message.setSubject(r.subject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(r.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(r.html(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    message.setHeader("Content-Language", r.language());
    message.setHeader("Auto-Submitted", "auto-generated");
    Transport.send(message);
  }

  private Session session() {
    if (session == null) {
      Properties p = new Properties();
      p.put("mail.smtp.host", host.strip());
      p.put("mail.smtp.port", String.valueOf(port));
      p.put("mail.smtp.connectiontimeout", "10000");
      p.put("mail.smtp.timeout", "10000");
      p.put("mail.smtp.writetimeout", "10000");
      if (tls.equalsIgnoreCase("starttls")) {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
      } else if (tls.equalsIgnoreCase("tls")) {
        p.put("mail.smtp.ssl.enable", "true");
      }
      p.put("mail.smtp.ssl.checkserveridentity", "true");
      boolean auth = !user.isBlank();
      p.put("mail.smtp.auth", String.valueOf(auth));
      session = Session.getInstance(p, auth ? new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(user.strip(), password.strip());
        }
      } : null);
    }
    return session;
  }
}
