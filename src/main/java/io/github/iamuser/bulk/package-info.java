/**
 * Bulk updates, restores and exports: many safe updates paced within the rate limit, with a backup, a
 * journal that lets a stopped run finish, and a result per row.
 */
package io.github.iamuser.bulk;
