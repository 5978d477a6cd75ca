package org.ioedc.edc.common;

import java.util.Set;

/**
 * Who is acting, as the services need it: the user name for the audit trail, the role, and the scope
 * (site OIDs per study for coordinators and monitors, study OIDs for data managers). The services
 * decide every permission from this; the boundary only says who is calling.
 */
public record Actor(String username, Role role, Set<SiteKey> sites, Set<String> studies) {

    /** A site of a study, as a scope entry. */
    public record SiteKey(String studyOid, String siteOid) {
    }

    public Actor {
        sites = Set.copyOf(sites);
        studies = Set.copyOf(studies);
    }

    /** The system itself (demo seed, derived values), acting as an administrator. */
    public static Actor system() {
        return new Actor("system", Role.ADMINISTRATOR, Set.of(), Set.of());
    }

    /** Whether this actor may see data of the given site: the one rule of site scoping. */
    public boolean canSee(String studyOid, String siteOid) {
        return switch (role) {
            case ADMINISTRATOR -> true;
            case DATA_MANAGER -> studies.contains(studyOid);
            case COORDINATOR, MONITOR -> sites.contains(new SiteKey(studyOid, siteOid));
        };
    }

    public boolean canSeeStudy(String studyOid) {
        return switch (role) {
            case ADMINISTRATOR -> true;
            case DATA_MANAGER -> studies.contains(studyOid);
            case COORDINATOR, MONITOR -> sites.stream().anyMatch(s -> s.studyOid().equals(studyOid));
        };
    }

    /** Only coordinators enter and change clinical data (monitors review, data managers lock). */
    public boolean canEnterData() {
        return role == Role.COORDINATOR;
    }
}
