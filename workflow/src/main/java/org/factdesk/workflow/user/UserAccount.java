package org.factdesk.workflow.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageTag;

/** A member of staff who can log in. The username is the permanent key. */
@Entity
@Table(name = "app_user")
public class UserAccount {
  @Id
  @Column(name = "username", updatable = false)
  private String username;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "active")
  private boolean active;

  /** Moves on with every change to what a login proves (password, roles, languages, active). */
  @Column(name = "credential_version")
  private long credentialVersion;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  /** The interface language this person chose (a bundle tag such as "ar"), or null for the browser's. */
  @Column(name = "ui_language")
  private String uiLanguage;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_language", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "language")
  private Set<String> languages = new TreeSet<>();

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Set<LanguageTag> languages,
      OffsetDateTime createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.active = true;
    this.createdAt = createdAt;
    changeRoles(roles, languages);
  }

  public Actor toActor() {
    return new Actor(username, roles(), languageTags(), credentialVersion);
  }

  void changeRoles(Set<Role> newRoles, Set<LanguageTag> newLanguages) {
    this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    this.languages = newLanguages.stream().map(LanguageTag::value).collect(Collectors.toCollection(TreeSet::new));
  }

  void changeDisplayName(String displayName) {
    this.displayName = displayName;
  }

  void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  /** What a login proves has changed: every session opened before stops working. */
  void newCredentials() {
    credentialVersion++;
  }

  void chooseUiLanguage(String language) {
    this.uiLanguage = language;
  }

  public String uiLanguage() {
    return uiLanguage;
  }

  public long credentialVersion() {
    return credentialVersion;
  }

  public String username() {
    return username;
  }

  public long version() {
    return version;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public Set<LanguageTag> languageTags() {
    return languages.stream().map(LanguageTag::parse).collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }
}
