import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * A fixed public key gives the extension the same id on every machine, so that IT can address it
 * in browser policy: gdabelkcpgdhokghgnmbjhbfocndkokl.
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAskirRiD3TgFh76XOR10HOiMwGX9J4Ek65nxssPoYtcmomNnN9SBitMHUFh4uF/CPIS8/68GRHL8aCMFJpn6rGphZq3fobJnZUt+Sdn/PC8FYs7H3LvUrJ/xcobd+CAicEhd33bfLOD6t23aMoqlJCHi4EkPFiKmbWds5qp+XJzTL3pQG56Xm40Eunm4xjGKKahtYZw3Rr1HXqQVWFXYVi+9VcJZnX61nkgSNvYkk+E8rhFezMNoi1CBzuYS3Ljl4IAh3dyB2qbDwwyCrpT8VBMIOv1sNMAXW4UHNOmw/xwJ3w+htjREDeqiF3z221BLANVapJrPa0kgC5Vq+wyDpBwIDAQAB';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  imports: false,
  modules: [],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Pathlight for Odoo',
    description: 'Shows how Odoo is really used, and helps users who are stuck.',
    key: EXTENSION_KEY,
    permissions: ['storage', 'alarms'],
    host_permissions: ['<all_urls>'],
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'pathlight@pathlight.dev',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
