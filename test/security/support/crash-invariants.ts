/* Invariants the crash test checks after a kill -9 (test/security/crash.test.ts). */

/**
 * Rows the world seeds as plain inserts (a plan's version 1, the screen behind each seeded flag)
 * carry no audit row and a one-answer screen; the invariants about audited writes skip them.
 * Kept in a schema of its own, which the app never reads.
 */
export const SEEDED = (kind: string) => `(select id from crash_baseline.seeded where kind = '${kind}')`;

/**
 * Each invariant is a query that returns the rows breaking it. Every write the app makes today
 * commits its audit row in the same transaction (lib/dal/audit.ts), so a crash can lose a
 * request but never leave a record without its audit row or an audit row without its record,
 * and a multi-row write (a plan publication, a screen) is there whole or not at all.
 */
export const INVARIANTS: Record<string, string> = {
  "every session has its allowed sign-in audit row (and no extra ones)": `
    select u.id from users u
     where (select count(*) from sessions s where s.user_id = u.id)
        <> (select count(*) from audit_events a where a.action = 'auth.sign_in' and a.outcome = 'allowed' and a.actor_id = u.id)`,
  "every signed-out session has its sign-out audit row": `
    select s.id from sessions s where s.end_reason = 'signed_out'
       and not exists (select 1 from audit_events a where a.action = 'auth.sign_out' and a.object_id = s.id::text)`,
  "every sign-out audit row names a signed-out session": `
    select a.id from audit_events a where a.action = 'auth.sign_out'
       and not exists (select 1 from sessions s where s.id::text = a.object_id and s.end_reason = 'signed_out')`,
  "sessions belong to their user's practice": `
    select s.id from sessions s join users u on u.id = s.user_id where s.practice_id <> u.practice_id`,
  "audit actors exist and act in their own practice": `
    select a.id from audit_events a left join users u on u.id = a.actor_id
     where a.actor_id is not null and (u.id is null or u.practice_id <> a.practice_id)`,
  "ended sessions have a reason, live ones none": `
    select id from sessions where (ended_at is null) <> (end_reason is null)`,
  "clients point at users and therapists of their own practice": `
    select c.id from clients c left join users t on t.id = c.primary_therapist_id left join users l on l.id = c.user_id
     where (t.id is not null and t.practice_id <> c.practice_id) or (l.id is not null and l.practice_id <> c.practice_id)`,

  // Plans: a publication writes plan_entries, plans.published_versions, a plan_versions row and
  // its 'plan.publish' audit row in one transaction (lib/dal/plans.ts runActions).
  "every published version has exactly one 'plan.publish' audit row, by its publisher": `
    select v.plan_id, v.version from plan_versions v
     where v.id not in ${SEEDED("plan_version")}
       and (select count(*) from audit_events a
             where a.action = 'plan.publish' and a.outcome = 'allowed' and a.object_type = 'plan' and a.object_id = v.plan_id::text
               and a.detail->>'version' = v.version::text and a.actor_id = v.published_by) <> 1`,
  "every 'plan.publish' audit row names a published version": `
    select a.id from audit_events a
     where a.action = 'plan.publish' and a.outcome = 'allowed'
       and not exists (select 1 from plan_versions v where v.plan_id::text = a.object_id and v.version::text = a.detail->>'version'
                          and v.id not in ${SEEDED("plan_version")})`,
  "a plan's published_versions is the count and the highest of its versions (numbered 1..n)": `
    select p.id, p.published_versions, v.n, v.top from plans p
      cross join lateral (select count(*) as n, coalesce(max(version), 0) as top from plan_versions v where v.plan_id = p.id) v
     where p.published_versions <> v.n or p.published_versions <> v.top`,
  "active plans have a published version, drafts none": `
    select p.id, p.status from plans p
     where (p.status = 'active') <> exists (select 1 from plan_versions v where v.plan_id = p.id) and p.status <> 'archived'`,
  "a client follows at most one active plan": `
    select client_id from plans where status = 'active' group by client_id having count(*) > 1`,
  "a plan's entries sit at positions 0..n-1, each item once, in the plan's practice": `
    select e.plan_id from plan_entries e join plans p on p.id = e.plan_id group by e.plan_id
    having min(e.position) <> 0 or max(e.position) <> count(*) - 1 or count(distinct e.position) <> count(*)
        or count(distinct e.item_id) <> count(*) or bool_or(e.practice_id <> p.practice_id)`,
  "a plan last changed by a publication shows exactly its latest version": `
    select p.id from plans p
      join lateral (select a.action from audit_events a
                     where a.object_type = 'plan' and a.object_id = p.id::text and a.outcome = 'allowed'
                       and a.action in ('plan.publish', 'plan.edit', 'plan.suggest')
                     order by a.id desc limit 1) last on last.action = 'plan.publish'
      left join plan_versions v on v.plan_id = p.id and v.version = p.published_versions
     where v.id is null
        or (select coalesce(jsonb_agg(e.item_id order by e.position), '[]') from plan_entries e where e.plan_id = p.id)
        <> (select coalesce(jsonb_agg(x->>'itemId' order by o), '[]') from jsonb_array_elements(v.entries) with ordinality as t(x, o))`,

  // Screens: screenings + one answer per condition + the flags it opens or resolves + its
  // 'screen.record' audit row, in one transaction (lib/dal/flags.ts recordScreen).
  "every screen answers every contraindication": `
    select s.id, count(x.*) from screenings s left join screening_answers x on x.screening_id = s.id
     where s.id not in ${SEEDED("screening")}
     group by s.id having count(x.*) <> (select count(*) from contraindications)`,
  "every screen has exactly one 'screen.record' audit row": `
    select s.id from screenings s
     where s.id not in ${SEEDED("screening")}
       and (select count(*) from audit_events a where a.action = 'screen.record' and a.outcome = 'allowed'
             and a.object_type = 'screening' and a.object_id = s.id::text and a.actor_id = s.recorded_by) <> 1`,
  "a screen opened and resolved exactly the flags its audit row says": `
    select s.id from screenings s join audit_events a on a.action = 'screen.record' and a.outcome = 'allowed' and a.object_id = s.id::text
     where (select count(*) from flags f where f.opened_by_screening = s.id) <> jsonb_array_length(a.detail->'opened')
        or (select count(*) from flags f where f.resolved_by_screening = s.id) <> (a.detail->>'resolved')::int`,
  "flags belong to a screen of their own client": `
    select f.id from flags f left join screenings s on s.id = f.opened_by_screening
     where s.id is null or s.client_id <> f.client_id or s.practice_id <> f.practice_id`,
  "at most one open flag per client and condition": `
    select client_id, contraindication_id from flags where status = 'open' group by 1, 2 having count(*) > 1`,
  "a flag's status matches how it closed": `
    select id, status from flags
     where (status = 'open') <> (closed_at is null)
        or (status = 'resolved') <> (resolved_by_screening is not null)
        or (status = 'cleared') <> (clearance_recorded_by is not null)`,
  "every cleared flag has exactly one 'flag.clearance' audit row, and every such row a cleared flag": `
    select f.id::text from flags f where f.status = 'cleared'
       and (select count(*) from audit_events a where a.action = 'flag.clearance' and a.outcome = 'allowed' and a.object_id = f.id::text) <> 1
    union all
    select a.id::text from audit_events a where a.action = 'flag.clearance' and a.outcome = 'allowed'
       and not exists (select 1 from flags f where f.id::text = a.object_id and f.status = 'cleared')`,
  "every allowed audit row about a plan, screen or flag names an existing one": `
    select a.id, a.action, a.object_id from audit_events a
     where a.outcome = 'allowed' and (
           (a.object_type = 'plan' and not exists (select 1 from plans p where p.id::text = a.object_id))
        or (a.object_type = 'screening' and not exists (select 1 from screenings s where s.id::text = a.object_id))
        or (a.object_type = 'flag' and not exists (select 1 from flags f where f.id::text = a.object_id)))`,
};
