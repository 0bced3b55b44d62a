package org.ringflow.directory;

import java.util.List;
import java.util.Locale;
import org.ringflow.system.BadRequestException;
import org.ringflow.system.ConflictException;
import org.ringflow.system.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the directory. Every check runs before the first write, so a refused request changes nothing. */
@Service
@Transactional
public class UserService {

    private final UserRepository users;
    private final GroupService groups;
    private final PasswordEncoder passwordEncoder;
    private final FlowReferences flows;

    UserService(UserRepository users, GroupService groups, PasswordEncoder passwordEncoder, FlowReferences flows) {
        this.flows = flows;
        this.users = users;
        this.groups = groups;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public List<User> findAll() {
        return users.findAll(Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public User get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional(readOnly = true)
    public User getByUsername(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    User create(UserRequest request) {
        if (request.password() == null || request.password().isBlank()) {
            throw new BadRequestException("password", "is required");
        }
        Role role = RequestFields.enumValue("role", Role.class, request.role());
        UserStatus status = request.status() == null ? UserStatus.OFFLINE
                : RequestFields.enumValue("status", UserStatus.class, request.status());
        String forwardNumber = RequestFields.optionalE164("forwardNumber", request.forwardNumber());
        if (users.existsByUsername(request.username())) {
            throw new ConflictException("username", "username '" + request.username() + "' is taken");
        }
        String clientIdentity = request.clientIdentity() == null
                ? freeClientIdentity(request.username()) : request.clientIdentity();
        if (users.existsByClientIdentity(clientIdentity)) {
            throw new ConflictException("clientIdentity", "client identity '" + clientIdentity + "' is taken");
        }
        User user = new User(request.name().trim(), request.username(), passwordEncoder.encode(request.password()), role);
        user.setStatus(status);
        user.setClientIdentity(clientIdentity);
        user.setForwardNumber(forwardNumber);
        return users.save(user);
    }

    User update(Long id, UserRequest request) {
        User user = get(id);
        Role role = RequestFields.enumValue("role", Role.class, request.role());
        UserStatus status = request.status() == null ? user.getStatus()
                : RequestFields.enumValue("status", UserStatus.class, request.status());
        String forwardNumber = RequestFields.optionalE164("forwardNumber", request.forwardNumber());
        users.findByUsername(request.username()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new ConflictException("username", "username '" + request.username() + "' is taken");
        });
        String clientIdentity = request.clientIdentity() == null ? user.getClientIdentity() : request.clientIdentity();
        if (!clientIdentity.equals(user.getClientIdentity()) && users.existsByClientIdentity(clientIdentity)) {
            throw new ConflictException("clientIdentity", "client identity '" + clientIdentity + "' is taken");
        }
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
            refuseIfLastAdmin(user, "role");
        }
        user.setName(request.name().trim());
        user.setUsername(request.username());
        user.setRole(role);
        user.setStatus(status);
        user.setClientIdentity(clientIdentity);
        user.setForwardNumber(forwardNumber);
        if (request.password() != null) {
            user.setPasswordHash(passwordEncoder.encode(request.password()));
        }
        return user;
    }

    /** Agents set their own status; admins anyone's. */
    User setStatus(Long id, StatusRequest request, String actingUsername) {
        User user = get(id);
        User acting = getByUsername(actingUsername);
        if (acting.getRole() != Role.ADMIN && !acting.getId().equals(id)) {
            throw new AccessDeniedException("only admins may set another user's status");
        }
        user.setStatus(RequestFields.enumValue("status", UserStatus.class, request == null ? null : request.status()));
        return user;
    }

    void delete(Long id) {
        User user = get(id);
        if (user.getRole() == Role.ADMIN) {
            refuseIfLastAdmin(user, "id");
        }
        List<String> naming = flows.flowsNamingUser(id);
        if (!naming.isEmpty()) {
            throw new ConflictException("id", user.getUsername() + " is named in the flows " + String.join(", ", naming)
                    + "; change those flows first");
        }
        groups.removeMember(id);
        users.delete(user);
    }

    private void refuseIfLastAdmin(User user, String field) {
        if (users.countByRole(Role.ADMIN) <= 1) {
            throw new ConflictException(field, user.getUsername() + " is the last admin; make another admin first");
        }
    }

    /** A Twilio Client identity from a username (letters, digits, _), made unique with a counter if needed. */
    private String freeClientIdentity(String username) {
        String base = clientIdentityFor(username);
        base = base.substring(0, Math.min(base.length(), 110));
        String candidate = base;
        for (int i = 2; users.existsByClientIdentity(candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }

    /** The identity a username gets by default: lower case, anything but letters, digits and _ made _. */
    static String clientIdentityFor(String username) {
        return username.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
