/**
 * The EXEC commands on a router's running crypto engine (grammar {@code Ios_crypto_exec.g4}):
 * {@code show crypto isakmp sa|ipsec sa|session|map|engine connections active}, {@code clear
 * crypto sa [peer A|counters]|isakmp [conn-id]|session} ({@code clear crypto isakmp} deletes phase 1
 * only; the IPsec SAs stay), {@code debug crypto isakmp|ipsec}, {@code undebug}. {@link
 * org.ikelab.cli.crypto.CryptoExecCommands#register} is the one registration point a CLI session
 * calls with its router's {@link org.ikelab.router.crypto.CryptoEngine}; output goes through the
 * formatters of {@code org.ikelab.cli.show.crypto}.
 */
package org.ikelab.cli.crypto;
