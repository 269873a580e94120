"""Key slots: the random data key, wrapped under the OS keyring, a passphrase and a recovery code."""
