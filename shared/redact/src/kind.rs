//! What a span is.

use core::fmt;

/// What was found. `as_str` gives the stable snake_case name used in logs, in the `--jsonl`
/// output and in the evaluation files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    // ---- PII ----
    /// An e-mail address.
    Email,
    /// A phone number (E.164, or a national format of BR, US, PT, ES or MX, or a WhatsApp
    /// `wa_id`).
    Phone,
    /// A Brazilian CPF with valid check digits.
    Cpf,
    /// A Brazilian CNPJ (numeric or the 2026 alphanumeric form) with valid check digits.
    Cnpj,

    // ---- provider secrets ----
    /// Stripe `sk_live_…` / `sk_test_…`.
    StripeSecretKey,
    /// Stripe `rk_live_…` / `rk_test_…`.
    StripeRestrictedKey,
    /// Stripe `whsec_…` (alphanumeric body).
    StripeWebhookSecret,
    /// Standard Webhooks `whsec_<base64>` signing secret.
    WebhookSecret,
    /// Paddle `pdl_live_apikey_…` / `pdl_sdbx_apikey_…`.
    PaddleApiKey,
    /// Paddle `pdl_ntfset_…` notification (webhook) secret.
    PaddleWebhookSecret,
    /// Mercado Pago `APP_USR-…` / `TEST-…` access token.
    MercadoPagoAccessToken,
    /// A Mercado Pago webhook signing secret (found by its variable name).
    MercadoPagoWebhookSecret,
    /// Supabase `sb_secret_…`.
    SupabaseSecretKey,
    /// Portcullis API key `smcp_…`.
    PortcullisApiKey,
    /// GitHub classic personal access token `ghp_…`.
    GithubPat,
    /// GitHub fine-grained token `github_pat_…`.
    GithubFineGrainedPat,
    /// GitHub OAuth, user-to-server, server-to-server or refresh token (`gho_`, `ghu_`, `ghs_`,
    /// `ghr_`).
    GithubToken,
    /// AWS access key id `AKIA…` / `ASIA…`.
    AwsAccessKeyId,
    /// AWS secret access key (40 characters, found by its name or its context).
    AwsSecretAccessKey,
    /// Slack bot token `xoxb-…`.
    SlackBotToken,
    /// Slack user token `xoxp-…`.
    SlackUserToken,
    /// Slack app-level token `xapp-…`.
    SlackAppToken,
    /// Another Slack token (`xoxa-`, `xoxr-`, `xoxs-`, `xoxe-`).
    SlackToken,
    /// Slack incoming-webhook URL `https://hooks.slack.com/services/…`.
    SlackWebhookUrl,
    /// OpenAI `sk-…`, `sk-proj-…`, `sk-svcacct-…`.
    OpenaiApiKey,
    /// Anthropic `sk-ant-…`.
    AnthropicApiKey,
    /// Google `AIza…`.
    GoogleApiKey,
    /// SendGrid `SG.x.y`.
    SendgridApiKey,
    /// Meta (Facebook, WhatsApp Cloud API) access token `EAA…`.
    MetaAccessToken,
    /// Meta app secret (found by its name).
    MetaAppSecret,

    // ---- credentials in context ----
    /// A JSON Web Token (`eyJ….eyJ….sig`).
    Jwt,
    /// The value of `Bearer <token>` that no more specific rule claimed.
    BearerToken,
    /// The base64 of `Basic <b64>`, or the password of `curl -u user:password`.
    BasicAuthCredentials,
    /// A PEM private-key block, raw or JSON-escaped.
    PemPrivateKey,
    /// The password in a database or cache URL (`postgres://user:PASSWORD@host`).
    DbPassword,
    /// The password in another URL (`https://user:PASSWORD@host`).
    UrlPassword,
    /// A cron secret (`CRON_SECRET=`, `x-cron-secret:`).
    CronSecret,
    /// An OAuth refresh token (`refresh_token=`).
    RefreshToken,
    /// A JWT signing secret (`JWT_SECRET=`).
    JwtSigningSecret,
    /// A password assignment (`password=`, `DB_PASS:`).
    Password,
    /// Any other `secret=` / `token=` / `api_key=` assignment, or a random-looking value that
    /// an error message calls a token, key or credential.
    GenericSecret,
    /// One of the exact secret values configured for the running function.
    ConfiguredSecret,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [Kind] = &[
        Kind::Email,
        Kind::Phone,
        Kind::Cpf,
        Kind::Cnpj,
        Kind::StripeSecretKey,
        Kind::StripeRestrictedKey,
        Kind::StripeWebhookSecret,
        Kind::WebhookSecret,
        Kind::PaddleApiKey,
        Kind::PaddleWebhookSecret,
        Kind::MercadoPagoAccessToken,
        Kind::MercadoPagoWebhookSecret,
        Kind::SupabaseSecretKey,
        Kind::PortcullisApiKey,
        Kind::GithubPat,
        Kind::GithubFineGrainedPat,
        Kind::GithubToken,
        Kind::AwsAccessKeyId,
        Kind::AwsSecretAccessKey,
        Kind::SlackBotToken,
        Kind::SlackUserToken,
        Kind::SlackAppToken,
        Kind::SlackToken,
        Kind::SlackWebhookUrl,
        Kind::OpenaiApiKey,
        Kind::AnthropicApiKey,
        Kind::GoogleApiKey,
        Kind::SendgridApiKey,
        Kind::MetaAccessToken,
        Kind::MetaAppSecret,
        Kind::Jwt,
        Kind::BearerToken,
        Kind::BasicAuthCredentials,
        Kind::PemPrivateKey,
        Kind::DbPassword,
        Kind::UrlPassword,
        Kind::CronSecret,
        Kind::RefreshToken,
        Kind::JwtSigningSecret,
        Kind::Password,
        Kind::GenericSecret,
        Kind::ConfiguredSecret,
    ];

    /// The stable snake_case name (equal to the evaluation files' kind names where one exists).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::Cpf => "cpf",
            Kind::Cnpj => "cnpj",
            Kind::StripeSecretKey => "stripe_secret_key",
            Kind::StripeRestrictedKey => "stripe_restricted_key",
            Kind::StripeWebhookSecret => "stripe_webhook_secret",
            Kind::WebhookSecret => "webhook_secret",
            Kind::PaddleApiKey => "paddle_api_key",
            Kind::PaddleWebhookSecret => "paddle_webhook_secret",
            Kind::MercadoPagoAccessToken => "mercadopago_access_token",
            Kind::MercadoPagoWebhookSecret => "mercadopago_webhook_secret",
            Kind::SupabaseSecretKey => "supabase_secret_key",
            Kind::PortcullisApiKey => "portcullis_api_key",
            Kind::GithubPat => "github_pat",
            Kind::GithubFineGrainedPat => "github_fine_grained_pat",
            Kind::GithubToken => "github_token",
            Kind::AwsAccessKeyId => "aws_access_key_id",
            Kind::AwsSecretAccessKey => "aws_secret_access_key",
            Kind::SlackBotToken => "slack_bot_token",
            Kind::SlackUserToken => "slack_user_token",
            Kind::SlackAppToken => "slack_app_token",
            Kind::SlackToken => "slack_token",
            Kind::SlackWebhookUrl => "slack_webhook_url",
            Kind::OpenaiApiKey => "openai_api_key",
            Kind::AnthropicApiKey => "anthropic_api_key",
            Kind::GoogleApiKey => "google_api_key",
            Kind::SendgridApiKey => "sendgrid_api_key",
            Kind::MetaAccessToken => "meta_access_token",
            Kind::MetaAppSecret => "meta_app_secret",
            Kind::Jwt => "jwt",
            Kind::BearerToken => "bearer_token",
            Kind::BasicAuthCredentials => "basic_auth_credentials",
            Kind::PemPrivateKey => "pem_private_key",
            Kind::DbPassword => "db_password",
            Kind::UrlPassword => "url_password",
            Kind::CronSecret => "cron_secret",
            Kind::RefreshToken => "refresh_token",
            Kind::JwtSigningSecret => "jwt_signing_secret",
            Kind::Password => "password",
            Kind::GenericSecret => "generic_secret",
            Kind::ConfiguredSecret => "configured_secret",
        }
    }

    /// True for personal data (e-mail, phone, CPF, CNPJ); false for secrets.
    pub fn is_pii(self) -> bool {
        matches!(self, Kind::Email | Kind::Phone | Kind::Cpf | Kind::Cnpj)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_snake_case() {
        let mut names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert!(names
            .iter()
            .all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')));
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
        assert_eq!(Kind::Cpf.to_string(), "cpf");
        assert!(Kind::Phone.is_pii());
        assert!(!Kind::Jwt.is_pii());
    }
}
