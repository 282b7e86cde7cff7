export { TalkList } from './TalkList';
