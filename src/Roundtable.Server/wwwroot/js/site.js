// Every page: server-rendered UTC times are shown in the visitor's time zone.
import { localizeTimes } from './time-format.js';

localizeTimes();
