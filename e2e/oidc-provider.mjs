// A real OpenID Connect provider for the end-to-end tests (oidc-provider, in-process, 127.0.0.1).
// Its development login form accepts any login; the login becomes the subject and e-mail.
import Provider from "oidc-provider";

const port = Number(process.env.E2E_OIDC_PORT ?? 4010);
const appOrigin = process.env.E2E_APP_ORIGIN ?? "http://localhost:3200";
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "inkset-e2e",
      client_secret: "inkset-e2e-secret",
      redirect_uris: [`${appOrigin}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount: (_ctx, sub) => ({
    accountId: sub,
    claims: () => {
      const email = sub.includes("@") ? sub.toLowerCase() : `${sub.toLowerCase()}@idp.test`;
      return { sub, email, email_verified: true, name: `OIDC ${sub}` };
    },
  }),
  features: { devInteractions: { enabled: true } },
  // Put the granted claims (email, name) in the ID token, as Google, Keycloak and most IdPs do;
  // Auth.js's OIDC provider reads the profile from the ID token.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
});

provider.listen(port, "127.0.0.1", () => {
  console.log(`test OpenID provider listening at ${issuer}`);
});
