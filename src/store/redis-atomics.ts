import type { Lease, StoreAtomics } from "./atomics.ts";

/** The little of node-redis's client these steps use. */
interface RedisClient {
  sAdd(key: string, member: string): Promise<unknown>;
  sMembers(key: string): Promise<string[]>;
  get(key: string): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

// Each script runs whole inside Redis, so no other client's command falls between its read and its write.
const TAKE = `
local held = redis.call('GET', KEYS[1])
if held then
  local h = cjson.decode(held)
  local new = cjson.decode(ARGV[1])
  if tonumber(h['until']) > tonumber(ARGV[2]) and (h.owner == new.owner or h.bot ~= new.bot) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1])
return 1`;
const RENEW = `
local held = redis.call('GET', KEYS[1])
if not held then return 0 end
local h = cjson.decode(held)
if h.owner ~= ARGV[1] then return 0 end
h['until'] = tonumber(ARGV[2])
redis.call('SET', KEYS[1], cjson.encode(h))
return 1`;
const RELEASE = `
local held = redis.call('GET', KEYS[1])
if held and cjson.decode(held).owner == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

/** The atomic steps with Redis's own: a set is a Redis set (SADD), a lease a key changed only by Lua scripts. `connected` is the adapter's client, connected on first use. */
export function redisAtomics(connected: () => Promise<RedisClient>, prefix: string): StoreAtomics {
  const setKey = (name: string) => `${prefix}ferry-set:${name}`;
  const leaseKey = (key: string) => `${prefix}ferry-lease:${key}`;
  return {
    async addMember(name, member) {
      await (await connected()).sAdd(setKey(name), member);
    },
    async members(name) {
      return (await connected()).sMembers(setKey(name));
    },
    async takeLease(key, lease, now) {
      return (await (await connected()).eval(TAKE, { keys: [leaseKey(key)], arguments: [JSON.stringify(lease), String(now)] })) === 1;
    },
    async renewLease(key, owner, until) {
      return (await (await connected()).eval(RENEW, { keys: [leaseKey(key)], arguments: [owner, String(until)] })) === 1;
    },
    async releaseLease(key, owner) {
      await (await connected()).eval(RELEASE, { keys: [leaseKey(key)], arguments: [owner] });
    },
    async lease(key) {
      const held = await (await connected()).get(leaseKey(key));
      return held ? (JSON.parse(held) as Lease) : undefined;
    },
  };
}
