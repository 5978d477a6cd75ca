package org.ioedc.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.ioedc.edc.user.SignInService;

/**
 * The one identity store: users and PBKDF2 hashes in the database, through the sign-in service, which
 * also keeps the account lockout and spends the same hashing work on unknown user names. The caller's
 * one group is the role.
 */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    @EJB
    private SignInService signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.signIn(credential.getCaller(), credential.getPasswordAsString())
                .map(role -> new CredentialValidationResult(credential.getCaller(), Set.of(role.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
