package org.ikelab.config;

/** A local user: {@code username NAME [privilege N] password|secret ...}; privilege -1 = not given. */
public record User(String name, int privilege, Secret password, Secret secret) {}
