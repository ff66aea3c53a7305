import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { listApiTokens } from "@/server/auth/api-tokens";
import { LocalTime } from "@/components/local-time";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/settings");
  const tokens = await listApiTokens(user.id);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Settings</h1>

      <section aria-labelledby="account-heading" className="card p-6">
        <h2 id="account-heading" className="text-lg font-semibold">Account</h2>
        <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-slate-500">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-500">Role</dt>
          <dd>{user.role}</dd>
        </dl>
      </section>

      <section aria-labelledby="tokens-heading" className="card space-y-4 p-6">
        <div>
          <h2 id="tokens-heading" className="text-lg font-semibold">Personal access tokens</h2>
          <p className="mt-1 text-sm text-slate-600">
            Tokens let scripts use the JSON API as you. Only a fingerprint is stored; revoke a token you no longer use.
          </p>
        </div>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p className="text-sm text-slate-600">You have no tokens yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-2">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-slate-100">
                  <td className="py-2 font-medium">{token.name}</td>
                  <td className="font-mono">{token.prefix}…</td>
                  <td><LocalTime iso={token.createdAt.toISOString()} /></td>
                  <td>{token.lastUsedAt ? <LocalTime iso={token.lastUsedAt.toISOString()} /> : "Never"}</td>
                  <td>
                    {token.revokedAt ? (
                      <span>Revoked <LocalTime iso={token.revokedAt.toISOString()} /></span>
                    ) : (
                      "Active"
                    )}
                  </td>
                  <td className="text-right">{!token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
