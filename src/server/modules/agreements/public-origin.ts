/** Who reached a partner link, kept in the audit row since no session names them. */
export interface PublicOrigin {
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}
