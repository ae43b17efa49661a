//! me: the signed-in user's own identity, from a verified Supabase-style JWT.
//!
//! `GET /api/me` with `Authorization: Bearer <access token>` answers the verified subject,
//! role, authenticator assurance level and session id — nothing the token does not prove.
//! Configuration: `JWT_ISSUER`, and `JWT_SECRET` (HS256) and/or `JWKS_URL` (ES256/RS256).
pub type Guard = portcullis::guard::JwtUser;
portcullis::export!(Guard, handle);

use portcullis::deps::http::StatusCode;
use portcullis::deps::serde_json::json;
use portcullis::{reply, Ctx, Response, Verified};

async fn handle(req: Verified<Guard>, _cx: Ctx) -> portcullis::Result<Response> {
    let c = req.identity();
    Ok(reply::json(
        StatusCode::OK,
        &json!({
            "sub": c.sub,
            "role": c.role,
            "aal": c.aal,
            "session_id": c.session_id,
            "expires_at": c.exp,
            "alg": c.alg.as_str(),
        }),
    ))
}
