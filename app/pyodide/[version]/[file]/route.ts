import { readBrowserPythonAsset } from "@/server/browser-python/browser-python-assets";

/** Pyodide and the modules "Run" needs, from this app's own origin (no CDN): immutable, the version is in the URL. */
export async function GET(_request: Request, context: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await context.params;
  const asset = await readBrowserPythonAsset(version, file);
  if (!asset) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(asset.body), {
    headers: { "Content-Type": asset.type, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
