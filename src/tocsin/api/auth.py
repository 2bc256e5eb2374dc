"""Writes need ``Authorization: Bearer <api_token>``; with no token configured they are refused."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(
    auto_error=False, description="The api_token setting of the server (TOCSIN_API_TOKEN)."
)


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """FastAPI dependency: 403 when writes are disabled, 401 when the token is missing or wrong."""
    expected = request.app.state.tocsin.settings.api_token
    if not expected:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "writes are disabled: set the api_token setting (TOCSIN_API_TOKEN) to enable them",
        )
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a valid 'Authorization: Bearer <token>' header is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
