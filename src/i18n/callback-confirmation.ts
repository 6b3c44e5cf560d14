// The confirmation's strings in one language, with the hub's caller id filled in: the
// no-JavaScript page and the form's page both build them here, so they cannot differ.
import type { CallbackConfirmationStrings } from '../components/CallbackConfirmation';
import { hubSettings } from '../data/hub';
import { isolateNumbers } from '../lib/bidi';
import type { Translate } from './t';

export function callbackConfirmationStrings(t: Translate): CallbackConfirmationStrings {
  const { callerId } = hubSettings.callback;
  return {
    heading: t('callback.sent.heading'),
    text: t('callback.sent.text'),
    caller: callerId === 'withheld'
      ? t('callback.sent.caller.withheld')
      : isolateNumbers(t('callback.sent.caller.shown', { number: callerId })),
    missed: t('callback.sent.missed'),
    again: t('callback.sent.again'),
    danger: t('callback.sent.danger'),
    home: t('callback.sent.home'),
  };
}
